using Marsad.Extract.Events;
using Marsad.Tests.Shared;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests;

/// <summary>The trigger lexicon, cue file and PETRARCH importer: formats, validation, word forms.</summary>
public sealed class EventResourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-events-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Shipped_lexicon_loads_and_covers_every_curated_type()
    {
        var lexicon = EventGold.Resources.Triggers;
        var types = lexicon.Entries.Where(e => !e.IsBlocked).Select(e => e.Type).ToHashSet();
        Assert.True(lexicon.Count > 100);
        foreach (var t in new[] { "ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "CONSULT", "AGREE", "REQUEST", "THREATEN", "ACCUSE", "REJECT", "PROTEST", "SANCTION", "AID", "CONCEDE", "COOPERATE" })
            Assert.Contains(t, types);
    }

    [Fact]
    public void Unknown_type_fails_with_file_and_line()
    {
        var path = Write("t.tsv", "# format: marsad.triggers/1\nقصف\tnoun\tASSAULT\nهجوم\tnoun\tATTACK\n");
        var lexicon = new TriggerLexicon();
        var e = Assert.Throws<ResourceFormatException>(() => lexicon.AddFile(path));
        Assert.Equal(3, e.Line);
        Assert.Contains("ATTACK", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Curated_line_overrides_the_imported_one()
    {
        var imported = Write("p.tsv", "# format: marsad.triggers/1\nمنع\tverb\tREJECT\n");
        var curated = Write("c.tsv", "# format: marsad.triggers/1\nمنع\tverb\tCOERCE\n");
        var lexicon = new TriggerLexicon();
        lexicon.AddFile(imported);
        lexicon.AddFile(curated);
        lexicon.Seal();
        Assert.Equal("COERCE", Assert.Single(lexicon.StartingWith("منع")).Type);
    }

    [Fact]
    public void Unknown_cue_kind_fails_with_file_and_line()
    {
        var path = Write("cues.tsv", "# format: marsad.event-cues/1\nstatus-before\tينوي\tplanned\nmood\tربما\n");
        var e = Assert.Throws<ResourceFormatException>(() => new EventCues().AddFile(path));
        Assert.Equal(3, e.Line);
    }

    [Theory]
    [InlineData("واتفقت", WordKind.Verb, "اتفق")]
    [InlineData("بالاتفاق", WordKind.Noun, "اتفاق")]
    [InlineData("لاتفاق", WordKind.Noun, "اتفاق")]
    [InlineData("الغارات", WordKind.Noun, "غاره")]
    [InlineData("اجتماعهم", WordKind.Noun, "اجتماع")]
    [InlineData("زيارته", WordKind.Noun, "زياره")]
    [InlineData("اخلائه", WordKind.Noun, "اخلاء")]
    [InlineData("سينسحب", WordKind.Verb, "انسحب")]
    [InlineData("وتنتشر", WordKind.Verb, "انتشر")]
    [InlineData("يحشد", WordKind.Verb, "حشد")]
    [InlineData("نفاه", WordKind.Verb, "نفي")]
    public void Word_forms_reach_the_lexicon_form(string word, WordKind kind, string stem)
    {
        Assert.Contains(ArabicWordForms.Candidates(word, kind), f => f.Stem == stem);
    }

    [Fact]
    public void Future_and_imperfect_prefixes_are_reported()
    {
        var f = ArabicWordForms.Candidates("سينسحب", WordKind.Verb).First(x => x.Stem == "انسحب");
        Assert.True(f.Future);
        Assert.True(f.Imperfect);
    }

    [Fact]
    public void Petrarch_importer_maps_codes_through_parents_and_drops_statements()
    {
        var map = Write("map.tsv", "cameo\tplover\n010\t\n020\tREQUEST\n120\tREJECT\n121\tREJECT\n190\tASSAULT\n");
        var verbs = Write("verbs.txt",
            "# LAST UPDATED\n####### VERB PATTERNS ####### \n--- طلب [---] ---\nطلب                   [020]     # call\nسأل    # ask\n- * مساعدة [070] # طلب\n" +
            "--- منع [1211] ---\nمنع     # stop\nصرح   [010]  # say\n--- قاتل [190] ---\nقاتل+ضد  # fight\n");
        var output = Path.Combine(_dir, "out.tsv");
        var summary = PetrarchVerbImporter.Import(verbs, PetrarchVerbImporter.ReadMap(map), output);
        Assert.Equal(5, summary.VerbLines);
        Assert.Equal(1, summary.NoCode);
        Assert.Equal(1, summary.StatementCodes);
        Assert.Equal(1, summary.PatternLines);
        var lexicon = new TriggerLexicon();
        lexicon.AddFile(output);
        lexicon.Seal();
        Assert.Equal("REQUEST", Assert.Single(lexicon.StartingWith("طلب")).Type);
        Assert.Equal("REJECT", Assert.Single(lexicon.StartingWith("منع")).Type);
        Assert.Equal(["قاتل", "ضد"], Assert.Single(lexicon.StartingWith("قاتل")).Words);
    }

    [SkippableFact]
    public void Petrarch_import_of_the_shared_dictionary_matches_the_shipped_file()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var output = Path.Combine(_dir, "triggers.petrarch.tsv");
        var summary = PetrarchVerbImporter.Import(SharedData.Path("lexicons", "petrarch-arabic", "CAMEO.ar.0.5.txt")!,
            PetrarchVerbImporter.ReadMap(SharedData.Path("lexicons", "cameo2plover.tsv")!), output);
        Assert.Equal(0, summary.UnmappedCodes);
        Assert.True(summary.Written > 400, $"{summary.Written} triggers");
        Assert.Equal(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "resources", "events", "triggers.petrarch.tsv")), File.ReadAllText(output));
    }
}
