package io.paasatlas.pricing;

/** Great-circle distance on a spherical Earth (haversine), accurate to about 0.5% — enough to pick a region. */
public final class Geo {

	/** The mean Earth radius (IUGG), in kilometres. */
	public static final double EARTH_RADIUS_KM = 6371.0088;

	private Geo() {
	}

	public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = Math.toRadians(lat2 - lat1);
		double dLambda = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
