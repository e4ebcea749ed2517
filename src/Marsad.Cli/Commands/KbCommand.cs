using System.CommandLine;
using Marsad.Extract.Knowledge;
using Marsad.Extract.Knowledge.Import;
using Marsad.Extract.Linking;
using Marsad.Text.Resources;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad kb …</c>: build the knowledge-base resources from shared data (importers) and inspect
/// the loaded knowledge base (<c>marsad kb lookup NAME</c>).
/// </summary>
internal static class KbCommand
{
    public static Command Create()
    {
        var kb = new Command("kb", "Knowledge base: import actor and place data, look names up");
        kb.Subcommands.Add(ImportPetrarch());
        kb.Subcommands.Add(ImportGeoNames());
        kb.Subcommands.Add(ImportSyriaAdmin());
        kb.Subcommands.Add(ImportCountries());
        kb.Subcommands.Add(Lookup());
        kb.Subcommands.Add(Evaluate());
        return kb;
    }

    private static Option<string> Output(string defaultPath) => new("--output", "-o")
    {
        Description = $"File to write (default {defaultPath})",
        DefaultValueFactory = _ => defaultPath,
    };

    private static Command ImportPetrarch()
    {
        var dir = new Argument<string>("dir") { Description = "Folder with actor_dict_ar_v4.txt (../shared/data/lexicons/petrarch-arabic)" };
        var countryInfo = new Option<string?>("--country-info") { Description = "GeoNames countryInfo.txt (default: ../../gazetteer/geonames_countryInfo.txt beside DIR)" };
        var output = Output("resources/kb/petrarch-actors.tsv");
        var cmd = new Command("import-petrarch", "Import UniversalPetrarch's Arabic actor dictionary as actors per CAMEO code") { dir, countryInfo, output };
        cmd.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            var actors = Path.Combine(folder, "actor_dict_ar_v4.txt");
            if (!File.Exists(actors)) return Fail($"{actors} not found: DIR must hold the PETRARCH Arabic dictionaries");
            var info = parse.GetValue(countryInfo) ?? Path.Combine(folder, "..", "..", "gazetteer", "geonames_countryInfo.txt");
            if (!File.Exists(info)) return Fail($"{info} not found: pass --country-info with GeoNames' countryInfo.txt");
            var roles = PetrarchImporter.ReadRoles(ResourceSet.Shipped.Files("kb/cameo-roles.tsv"));
            var summary = new PetrarchImporter(CountryTable.Read(info), roles).Import(actors, parse.GetValue(output)!);
            Console.Error.WriteLine($"marsad kb: {summary.Phrases} phrases → {summary.Actors} actors ({summary.SkippedCodes} phrases with role-only or unknown codes skipped) → {parse.GetValue(output)}");
            return 0;
        });
        return cmd;
    }

    private static Command ImportGeoNames()
    {
        var files = new Argument<string[]>("files") { Description = "GeoNames tables, admin1/admin2 code files, OpenSyria governorates.json", Arity = ArgumentArity.OneOrMore };
        var output = Output("resources/kb/places.geonames.tsv");
        var cmd = new Command("import-geonames", "Import GeoNames-format gazetteer files (places with Arabic names)") { files, output };
        cmd.SetAction(parse =>
        {
            var inputs = parse.GetValue(files)!;
            foreach (var f in inputs) if (!File.Exists(f)) return Fail($"{f} not found");
            var summary = new GeoNamesImporter(new ArabicNames(KnowledgeBase.Shipped.Words)).Import(inputs, parse.GetValue(output)!);
            Console.Error.WriteLine($"marsad kb: {summary.Rows} GeoNames rows → {summary.Kept} places with Arabic names → {parse.GetValue(output)}");
            return 0;
        });
        return cmd;
    }

    private static Command ImportSyriaAdmin()
    {
        var dir = new Argument<string>("dir") { Description = "Folder with governorates.json, districts.json, subdistricts.json" };
        var output = Output("resources/kb/places.syria-admin.tsv");
        var cmd = new Command("import-syria-admin", "Import OpenSyria's governorates, districts and sub-districts") { dir, output };
        cmd.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(folder, "governorates.json"))) return Fail($"{folder} holds no governorates.json");
            int rows = new SyriaAdminImporter(new ArabicNames(KnowledgeBase.Shipped.Words)).Import(folder, parse.GetValue(output)!);
            Console.Error.WriteLine($"marsad kb: {rows} admin units → {parse.GetValue(output)}");
            return 0;
        });
        return cmd;
    }

    private static Command ImportCountries()
    {
        var info = new Option<string>("--country-info") { Description = "GeoNames countryInfo.txt", Required = true };
        var cldr = new Option<string>("--cldr") { Description = "CLDR territories.ar.json", Required = true };
        var nat = new Option<string>("--nationalities") { Description = "Arabic-English-Nationalities.json", Required = true };
        var output = Output("resources/kb/actors.countries.tsv");
        var places = new Option<string>("--places") { Description = "Country places file to write", DefaultValueFactory = _ => "resources/kb/places.countries.tsv" };
        var cmd = new Command("import-countries", "Build state actors (with demonyms) and country places from CLDR, GeoNames and the nationality list") { info, cldr, nat, output, places };
        cmd.SetAction(parse =>
        {
            foreach (var f in new[] { parse.GetValue(info)!, parse.GetValue(cldr)!, parse.GetValue(nat)! })
                if (!File.Exists(f)) return Fail($"{f} not found");
            var s = CountryImporter.Import(parse.GetValue(info)!, parse.GetValue(cldr)!, parse.GetValue(nat)!, parse.GetValue(output)!, parse.GetValue(places)!);
            Console.Error.WriteLine($"marsad kb: {s.Actors} states → {parse.GetValue(output)}, {s.Places} countries → {parse.GetValue(places)}");
            return 0;
        });
        return cmd;
    }

    private static Command Lookup()
    {
        var names = new Argument<string[]>("names") { Description = "Arabic names to look up", Arity = ArgumentArity.OneOrMore };
        var resources = CommonOptions.Resources();
        var cmd = new Command("lookup", "Show what the knowledge base links a name to (best first)") { names, resources };
        cmd.SetAction(parse =>
        {
            var kb = KnowledgeBase.Load(CommonOptions.ResourceSetFrom(parse.GetValue(resources)));
            foreach (var name in parse.GetValue(names)!)
            {
                var entry = kb.Aliases.Get(AliasKey.Of(name));
                if (entry is null) { Console.WriteLine($"{name}\t(unknown)"); continue; }
                foreach (var t in entry.Targets)
                {
                    if (t.Actor is { } a) Console.WriteLine($"{name}\t{a.Id}\t{a.NameEn}\t{ActorKinds.Name(a.Kind)}\t{a.Country}\t{a.Cameo}\t{a.Source}");
                    else if (t.Place is { } p) Console.WriteLine($"{name}\t{p.Id}\t{p.NameEn}\t{GeoPrecisions.Name(p.Precision)}\t{p.Country}\t{p.Admin1}\t{p.Lat},{p.Lon}\t{p.Source}");
                }
            }
            return 0;
        });
        return cmd;
    }

    private static Command Evaluate()
    {
        var gold = new Argument<string>("gold") { Description = "Gold records (.jsonl or folder), e.g. samples/gold/seeds.jsonl" };
        var verbose = new Option<bool>("--misses") { Description = "List every gold mention linked wrongly" };
        var resources = CommonOptions.Resources();
        var cmd = new Command("eval", "Score the knowledge base on gold: matcher as recogniser, linker on gold spans, coordinates") { gold, verbose, resources };
        cmd.SetAction(parse =>
        {
            var kb = KnowledgeBase.Load(CommonOptions.ResourceSetFrom(parse.GetValue(resources)));
            var report = LinkingEvaluation.Evaluate(kb, Marsad.Extract.Evaluation.RecordFiles.Load(parse.GetValue(gold)!));
            Console.WriteLine("matcher alone as recogniser (exact span and type)");
            Console.WriteLine("type\tP\tR\tF1\ttp\tfp\tfn");
            foreach (var (type, s) in report.MatcherByType.Append(new("micro", report.MatcherMicro)))
                Console.WriteLine(FormattableString.Invariant($"{type}\t{s.Precision:0.000}\t{s.Recall:0.000}\t{s.F1:0.000}\t{s.TruePositives}\t{s.FalsePositives}\t{s.FalseNegatives}"));
            Console.WriteLine("linker on gold spans");
            Console.WriteLine($"ORG/PER mentions linked to the gold id\t{report.OrgPerLinked}");
            Console.WriteLine($"LOC mentions with the gold id or name\t{report.LocLinked}");
            Console.WriteLine($"LOC mentions given coordinates\t{report.LocWithCoordinates}");
            Console.WriteLine($"LOC within {LinkingEvaluation.ToleranceKm} km of gold coordinates\t{report.LocWithin10KmOfGold}");
            Console.WriteLine($"curated points within {LinkingEvaluation.ToleranceKm} km of an imported same-name place\t{report.CuratedPointsWithin10KmOfImported}");
            if (parse.GetValue(verbose)) foreach (var m in report.Misses) Console.WriteLine("miss\t" + m);
            return 0;
        });
        return cmd;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("marsad kb: " + message);
        return 2;
    }
}
