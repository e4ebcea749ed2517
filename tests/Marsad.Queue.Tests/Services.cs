using Npgsql;

namespace Marsad.Queue.Tests;

/// <summary>
/// The real servers run-tests starts on loopback (tests/setup.d): NATS JetStream and PostgreSQL.
/// Each test gets its own queue prefix and its own database, so tests never see each other's data.
/// </summary>
internal static class Services
{
    public static string? Nats => Environment.GetEnvironmentVariable("MARSAD_TEST_NATS");
    public static string? Pg => Environment.GetEnvironmentVariable("MARSAD_TEST_PG");

    public const string Missing = "needs MARSAD_TEST_NATS and MARSAD_TEST_PG (run-tests starts nats-server -js and PostgreSQL on loopback)";

    public static bool Available => Nats is not null && Pg is not null;

    public static string NewQueuePrefix() => "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        string name = "marsad_t" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(Pg))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(Pg) { Database = name }.ToString();
    }

    public static async Task<long> ScalarAsync(string conn, string sql)
    {
        await using var c = new NpgsqlConnection(conn);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
