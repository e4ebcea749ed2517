namespace Marsad.Extract.Places;

/// <summary>Great-circle distances on a spherical Earth (good to ~0.5 %, plenty for "is it nearby").</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088; // IUGG mean radius

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = Radians(lat2 - lat1), dLon = Radians(lon2 - lon1);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                 + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
