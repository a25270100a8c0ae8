package io.paasatlas.provider;

import io.paasatlas.catalog.Continent;
import io.paasatlas.catalog.RegionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * One region of a provider, current or not, in profile order: what the catalog table's continent filter asks. The
 * region's city, coordinates and the rest are the profile's (see {@code ProviderCatalog}).
 */
@Entity
public class ProviderRegion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "provider_id")
	private @Nullable Provider provider;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String code = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Continent continent = Continent.EUROPE;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegionStatus status = RegionStatus.CURRENT;

	// rows are written by CatalogSeeder with batched JDBC; JPA reads them
	protected ProviderRegion() {
	}

	public String getCode() {
		return this.code;
	}

	public Continent getContinent() {
		return this.continent;
	}

	public RegionStatus getStatus() {
		return this.status;
	}

}
