package io.paasatlas.provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.DockerfileNeed;
import io.paasatlas.catalog.FreeTierStatus;
import io.paasatlas.catalog.PricingModel;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.pricing.Money;
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

	// V2: what the table filters and sorts on besides the above (see TableFacts)

	@Column(name = "always_on_amount", precision = 12, scale = 4)
	private @Nullable BigDecimal alwaysOnAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "always_on_currency", length = 3)
	private @Nullable Currency alwaysOnCurrency;

	@Enumerated(EnumType.STRING)
	@Column(name = "always_on_confidence", length = 20)
	private @Nullable Confidence alwaysOnConfidence;

	@Column(nullable = false)
	private boolean managedPostgres;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DockerfileNeed dockerfileNeed = DockerfileNeed.UNKNOWN;

	private @Nullable Integer sleepsAfterMinutes;

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

	/** The estimate of one always-on instance, {@code null} when the provider cannot run it. */
	public @Nullable BigDecimal getAlwaysOnAmount() {
		return this.alwaysOnAmount;
	}

	public @Nullable Currency getAlwaysOnCurrency() {
		return this.alwaysOnCurrency;
	}

	public @Nullable Confidence getAlwaysOnConfidence() {
		return this.alwaysOnConfidence;
	}

	/** The estimate as the table writes it: {@code $3.88}, {@code €4.10}; {@code null} without one. */
	public @Nullable String getAlwaysOnText() {
		return (this.alwaysOnAmount != null && this.alwaysOnCurrency != null)
				? Money.of(this.alwaysOnAmount, this.alwaysOnCurrency) : null;
	}

	public boolean isManagedPostgres() {
		return this.managedPostgres;
	}

	public DockerfileNeed getDockerfileNeed() {
		return this.dockerfileNeed;
	}

	public @Nullable Integer getSleepsAfterMinutes() {
		return this.sleepsAfterMinutes;
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

	void update(TableFacts facts) {
		this.alwaysOnAmount = facts.alwaysOn();
		this.alwaysOnCurrency = facts.currency();
		this.alwaysOnConfidence = facts.confidence();
		this.managedPostgres = facts.managedPostgres();
		this.dockerfileNeed = facts.dockerfile();
		this.sleepsAfterMinutes = facts.sleepsAfterMinutes();
	}

}
