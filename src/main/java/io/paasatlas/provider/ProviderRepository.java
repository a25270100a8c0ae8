package io.paasatlas.provider;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Providers as the catalog table shows them. */
public interface ProviderRepository extends JpaRepository<Provider, Long>, JpaSpecificationExecutor<Provider> {

	Optional<Provider> findBySlug(String slug);

	List<Provider> findBySlugNotIn(Collection<String> slugs);

	@Query("select r from ProviderRegion r join fetch r.provider p order by p.name, r.position")
	List<ProviderRegion> findAllRegions();

}
