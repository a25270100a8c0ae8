package io.paasatlas.geography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paasatlas.catalog.Continent;

/**
 * Where a user's users are: metro areas with their share of the users. Built from what the user said: metros, each
 * with a weight, and continents, each with a weight spread over the continent's metros by their population. Weights
 * are relative (60 and 40 mean 60% and 40%), so the members' shares always add up to 1.
 *
 * @param members every metro with a share above zero, in the metros' order
 */
public record Audience(List<Member> members) {

	public Audience {
		members = List.copyOf(members);
	}

	/**
	 * The audience of these weights: a metro gets its own weight plus, for its continent, the continent's weight
	 * times the metro's share of the continent's population. Zero weights add nobody; an empty audience means that
	 * no weight was above zero.
	 */
	public static Audience of(Map<Metro, Double> metroWeights, Map<Continent, Double> continentWeights, Metros metros) {
		Map<Metro, Double> weights = new LinkedHashMap<>();
		for (Metro metro : metros.metros()) {
			double weight = metroWeights.getOrDefault(metro, 0.0);
			Double continent = continentWeights.get(metro.continent());
			if (continent != null && continent > 0) {
				long population = metros.on(metro.continent()).stream().mapToLong(Metro::population).sum();
				weight += continent * metro.population() / population;
			}
			if (weight > 0) {
				weights.put(metro, weight);
			}
		}
		double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		List<Member> members = new ArrayList<>();
		weights.forEach((metro, weight) -> members.add(new Member(metro, weight / total)));
		return new Audience(members);
	}

	public boolean isEmpty() {
		return this.members.isEmpty();
	}

	/**
	 * A metro and its share of the users.
	 *
	 * @param share between 0 and 1
	 */
	public record Member(Metro metro, double share) {

		/** The share in percent, for the page. */
		public double percent() {
			return this.share * 100;
		}
	}

}
