package io.paasatlas.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import org.jspecify.annotations.Nullable;

/**
 * A provider's whole validated profile as JSON. Kept apart from {@link Provider} so that listing providers never
 * loads the documents.
 */
@Entity
class ProviderDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "provider_id", unique = true)
	private @Nullable Provider provider;

	@Column(nullable = false, length = 64)
	private String contentHash = "";

	@Column(nullable = false, length = 1_000_000)
	private String json = "";

	protected ProviderDocument() {
	}

	ProviderDocument(Provider provider) {
		this.provider = provider;
	}

	String getContentHash() {
		return this.contentHash;
	}

	String getJson() {
		return this.json;
	}

	void update(String json, String contentHash) {
		this.json = json;
		this.contentHash = contentHash;
	}

}
