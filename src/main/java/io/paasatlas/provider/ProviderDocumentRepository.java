package io.paasatlas.provider;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProviderDocumentRepository extends JpaRepository<ProviderDocument, Long> {

	Optional<ProviderDocument> findByProviderSlug(String slug);

	/** The hash and JSON of a provider's document, without loading the provider. */
	@Query("select new io.paasatlas.provider.StoredDocument(d.contentHash, d.json) from ProviderDocument d "
			+ "where d.provider.slug = :slug")
	Optional<StoredDocument> findStoredBySlug(String slug);

	@Query("select d.contentHash from ProviderDocument d where d.provider.slug = :slug")
	Optional<String> findHashBySlug(String slug);

}
