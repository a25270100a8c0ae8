package io.paasatlas.provider;

import java.math.BigDecimal;

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

/** One region of a provider, current or not, in profile order. */
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

	@Column(nullable = false)
	private String city = "";

	@Column(nullable = false)
	private String country = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Continent continent = Continent.EUROPE;

	@Column(precision = 9, scale = 6)
	private @Nullable BigDecimal latitude;

	@Column(precision = 9, scale = 6)
	private @Nullable BigDecimal longitude;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegionStatus status = RegionStatus.CURRENT;

	private @Nullable String replacedBy;

	protected ProviderRegion() {
	}

	ProviderRegion(Provider provider, int position, String code, String city, String country, Continent continent,
			@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, RegionStatus status,
			@Nullable String replacedBy) {
		this.provider = provider;
		this.position = position;
		this.code = code;
		this.city = city;
		this.country = country;
		this.continent = continent;
		this.latitude = latitude;
		this.longitude = longitude;
		this.status = status;
		this.replacedBy = replacedBy;
	}

	public String getCode() {
		return this.code;
	}

	public String getCity() {
		return this.city;
	}

	public String getCountry() {
		return this.country;
	}

	public Continent getContinent() {
		return this.continent;
	}

	public @Nullable BigDecimal getLatitude() {
		return this.latitude;
	}

	public @Nullable BigDecimal getLongitude() {
		return this.longitude;
	}

	public RegionStatus getStatus() {
		return this.status;
	}

	public @Nullable String getReplacedBy() {
		return this.replacedBy;
	}

}
