using System.CommandLine;
using Marsad.Store;

namespace Marsad.Cli.Commands;

/// <summary>Options of the store commands (ingest, search, stories, export), defined once.</summary>
internal static class StoreOptions
{
    /// <summary>Works with no option: ./marsad.db in the current folder.</summary>
    public const string DefaultDatabase = "marsad.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file (created when missing); its search index lives beside it in FILE.index/",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    /// <summary>
    /// The PostgreSQL store (issue 9) instead of --db. Only when given: unlike serve, worker and status
    /// these commands do not read MARSAD_PG, so that `marsad search` with no option keeps reading ./marsad.db.
    /// </summary>
    public static Option<string?> Pg() => new("--pg")
    {
        Description = "Read the PostgreSQL store instead of --db, e.g. \"Host=127.0.0.1;Username=marsad;Database=marsad\"",
    };

    /// <summary>With --pg the index is local to this machine (rebuilt from the store when stale); with --db it sits beside the database.</summary>
    public static Option<string?> Index() => new("--index")
    {
        Description = "Search index folder (default: FILE.index beside --db; ./marsad-pg.index with --pg)",
    };

    /// <summary>The store the --db, --pg and --index options name.</summary>
    public static Marsad.Store.Postgres.StoreLocation Location(ParseResult parse, Option<string> db, Option<string?> pg, Option<string?>? index = null) =>
        new(parse.GetValue(db)!, parse.GetValue(pg) is { Length: > 0 } conn ? conn : null, index is null ? null : parse.GetValue(index));

    public static Option<string?> Actor() => new("--actor") { Description = "Only articles/events with this actor id (e.g. actor:isis)" };
    public static Option<string?> Place() => new("--place") { Description = "Only articles/events at this place id (e.g. place:damascus)" };
    public static Option<string?> Type() => new("--type") { Description = "Only this PLOVER event type (e.g. ASSAULT)" };
    public static Option<string?> From() => new("--from") { Description = "From this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)" };
    public static Option<string?> To() => new("--to") { Description = "Up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)" };
    public static Option<bool> Json() => new("--json") { Description = "Write JSON to stdout instead of a table" };

    /// <summary>The filter options together, so every command filters the same way.</summary>
    public sealed record Filters(Option<string?> Actor, Option<string?> Place, Option<string?> Type, Option<string?> From, Option<string?> To)
    {
        public static Filters Create() => new(StoreOptions.Actor(), StoreOptions.Place(), StoreOptions.Type(), StoreOptions.From(), StoreOptions.To());

        public void AddTo(Command cmd)
        {
            cmd.Options.Add(Actor); cmd.Options.Add(Place); cmd.Options.Add(Type); cmd.Options.Add(From); cmd.Options.Add(To);
        }

        public RecordFilter Read(ParseResult parse) => new()
        {
            Actor = parse.GetValue(Actor),
            Place = parse.GetValue(Place),
            Type = parse.GetValue(Type)?.ToUpperInvariant(),
            From = CheckDate(parse.GetValue(From), "--from"),
            To = CheckDate(parse.GetValue(To), "--to"),
        };
    }

    /// <summary>Accepts YYYY, YYYY-MM or YYYY-MM-DD; anything else is a usage error naming the option.</summary>
    public static string? CheckDate(string? value, string option)
    {
        if (value is null) return null;
        bool ok = value.Length is 4 or 7 or 10
            && DateOnly.TryParseExact(value.Length switch { 4 => value + "-01-01", 7 => value + "-01", _ => value }, "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
        if (!ok) throw new UsageException($"{option} '{value}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
        return value;
    }
}

/// <summary>A command-line value that cannot be used; reported as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
