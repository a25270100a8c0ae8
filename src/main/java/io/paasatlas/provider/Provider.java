package io.paasatlas.provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.PricingModel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.jspecify.annotations.Nullable;

/** A provider as the catalog table lists it; the full profile is in its {@link ProviderDocument}. */
@Entity
public class Provider {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String slug = "";

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private String website = "";

	@Column(nullable = false)
	private String platformType = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PricingModel pricingModel = PricingModel.UNKNOWN;

	@Enumerated(EnumType.STRING)
	@Column(name = "free_tier", nullable = false)
	private FreeTierStatus freeTier = FreeTierStatus.UNKNOWN;

	@Column(name = "cheapest_monthly_usd", precision = 12, scale = 4)
	private @Nullable BigDecimal cheapestMonthlyUsd;

	private @Nullable String cheapestOffer;

	@Column(nullable = false)
	private int regionCount;

	@Column(nullable = false, length = 1000)
	private String deploymentMethods = "";

	@Column(nullable = false)
	private LocalDate lastVerified = LocalDate.EPOCH;

	@Column(nullable = false, length = 10)
	private String lastVerifiedText = "";

	@OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ProviderRegion> regions = new ArrayList<>();

	protected Provider() {
	}

	Provider(String slug) {
		this.slug = slug;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getPlatformType() {
		return this.platformType;
	}

	public PricingModel getPricingModel() {
		return this.pricingModel;
	}

	public FreeTierStatus getFreeTier() {
		return this.freeTier;
	}

	public @Nullable BigDecimal getCheapestMonthlyUsd() {
		return this.cheapestMonthlyUsd;
	}

	public @Nullable String getCheapestOffer() {
		return this.cheapestOffer;
	}

	public int getRegionCount() {
		return this.regionCount;
	}

	public List<String> getDeploymentMethods() {
		return this.deploymentMethods.isEmpty() ? List.of() : List.of(this.deploymentMethods.split("\n"));
	}

	public LocalDate getLastVerified() {
		return this.lastVerified;
	}

	public String getLastVerifiedText() {
		return this.lastVerifiedText;
	}

	List<ProviderRegion> getRegions() {
		return this.regions;
	}

	void update(String name, String website, String platformType, PricingModel pricingModel,
			FreeTierStatus freeTier, @Nullable BigDecimal cheapestMonthlyUsd, @Nullable String cheapestOffer,
			int regionCount, List<String> deploymentMethods, LocalDate lastVerified, String lastVerifiedText) {
		this.name = name;
		this.website = website;
		this.platformType = platformType;
		this.pricingModel = pricingModel;
		this.freeTier = freeTier;
		this.cheapestMonthlyUsd = cheapestMonthlyUsd;
		this.cheapestOffer = cheapestOffer;
		this.regionCount = regionCount;
		this.deploymentMethods = String.join("\n", deploymentMethods);
		this.lastVerified = lastVerified;
		this.lastVerifiedText = lastVerifiedText;
	}

}
