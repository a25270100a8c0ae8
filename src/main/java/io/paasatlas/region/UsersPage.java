package io.paasatlas.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paasatlas.catalog.Continent;
import io.paasatlas.geography.Audience;
import io.paasatlas.geography.AudiencePlan;
import io.paasatlas.geography.LatencyModel;
import io.paasatlas.geography.Metro;
import io.paasatlas.geography.Metros;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /regions/users} shows: the form as the user filled it, and when it is complete, the audience it
 * describes and each provider's {@link AudiencePlan}.
 *
 * @param checked the metro ids to show checked
 * @param weights each continent's weight as the form's choice shows it (0: none)
 * @param audience the users' metros and shares, {@code null} before the form is filled or when it has errors
 * @param plans one per provider, empty without an audience
 */
public record UsersPage(Map<Continent, List<Metro>> metros, Set<String> checked, List<ContinentWeight> weights,
		int within, int goal, @Nullable Audience audience, List<AudiencePlan> plans, LatencyModel latency,
		Metros.Source metroSource) {

	/** How many of the largest audience members the summary lists. */
	static final int LISTED = 12;

	public List<Integer> withinChoices() {
		return UsersForm.WITHIN;
	}

	public List<Integer> weightChoices() {
		return UsersForm.WEIGHTS;
	}

	public long reachKm() {
		return Math.round(this.latency.reachKm(this.within));
	}

	/** The audience's largest members, largest first. */
	public List<Audience.Member> topMembers() {
		if (this.audience == null) {
			return List.of();
		}
		return this.audience.members().stream()
			.sorted(Comparator.comparingDouble(Audience.Member::share).reversed())
			.limit(LISTED)
			.toList();
	}

	public int otherMembers() {
		return (this.audience == null) ? 0 : Math.max(0, this.audience.members().size() - LISTED);
	}

	/** The plans with figures, best expected latency first; providers without mapped regions last. */
	public List<AudiencePlan> ranked() {
		List<AudiencePlan> ranked = new ArrayList<>(this.plans);
		ranked.sort(Comparator.comparing((AudiencePlan p) -> !p.available())
			.thenComparing((AudiencePlan p) -> (p.expectedMs() != null) ? p.expectedMs() : Double.MAX_VALUE));
		return ranked;
	}

	/** Whether some of these metros are checked: their group of the form opens. */
	public boolean hasChecked(List<Metro> group) {
		return group.stream().anyMatch((m) -> this.checked.contains(m.id()));
	}

	/** A continent and its weight in the form. */
	public record ContinentWeight(Continent continent, int weight) {
	}

}
