using Marsad.Extract.Knowledge;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests.Knowledge;

/// <summary>Runs alone (not beside the other test classes) so the load-time check measures the loader, not the neighbours.</summary>
[CollectionDefinition(nameof(KnowledgeBaseLoaderTests), DisableParallelization = true)]
public sealed class KnowledgeBaseLoaderCollection;

[Collection(nameof(KnowledgeBaseLoaderTests))]
public sealed class KnowledgeBaseLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-kb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ResourceSet Overlay(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return new ResourceSet([_dir]);
    }

    [Fact]
    public void Shipped_knowledge_base_loads_with_the_core_entries()
    {
        var kb = KnowledgeBase.Shipped;
        Assert.Equal("Russia", kb.Actor("actor:russia")!.NameEn);
        Assert.Equal(ActorKind.ArmedGroup, kb.Actor("actor:isis")!.Kind);
        var camp = kb.Place("place:yarmouk-camp")!;
        Assert.Equal(GeoPrecision.Settlement, camp.Precision);
        Assert.InRange(camp.Lat!.Value, 33.4, 33.5);
    }

    [Fact]
    public void Malformed_actor_line_names_file_and_line()
    {
        var resources = Overlay(KbFiles.CuratedActors,
            "# format: marsad.actors/1\n# columns: …\nactor:ok\tOK\tarmed-group\tSY\t\tجماعة الاختبار\nactor:bad\tBad\tbattalion\tSY\t\tكتيبة\n");
        var e = Assert.Throws<ResourceFormatException>(() => KnowledgeBase.Load(resources));
        Assert.EndsWith("actors.curated.tsv", e.File);
        Assert.Equal(4, e.Line);
        Assert.Contains("battalion", e.Message);
    }

    [Fact]
    public void Place_with_a_latitude_out_of_range_is_rejected_with_its_line()
    {
        var resources = Overlay(KbFiles.CuratedPlaces,
            "# format: marsad.places/1\nplace:x\tX\tإكس\tP.PPL\tSY\t\t\t133.5\t36.3\t\tsettlement\t\ttest\n");
        var e = Assert.Throws<ResourceFormatException>(() => KnowledgeBase.Load(resources));
        Assert.Equal(2, e.Line);
        Assert.Contains("133.5", e.Message);
    }

    [Fact]
    public void Wrong_format_tag_is_refused()
    {
        var resources = Overlay(KbFiles.Outlets, "# format: marsad.outlets/9\nactor:x\tX\tSY\tإكس\n");
        var e = Assert.Throws<ResourceFormatException>(() => KnowledgeBase.Load(resources));
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void User_overlay_adds_an_actor_and_overrides_a_shipped_one()
    {
        var resources = Overlay(KbFiles.CuratedActors,
            "# format: marsad.actors/1\nactor:test-brigade\tTest Brigade\tarmed-group\tSY\t\tلواء الاختبار\t\tuser\nactor:isis\tIslamic State\tarmed-group\t\t\tداعش\t\tuser\n");
        var kb = KnowledgeBase.Load(resources);
        Assert.Equal("Test Brigade", kb.Actor("actor:test-brigade")!.NameEn);
        Assert.Equal("Islamic State", kb.Actor("actor:isis")!.NameEn);
        Assert.Equal("actor:test-brigade", kb.Aliases.Get(AliasKey.Of("لواء الاختبار"))!.Targets[0].Id);
    }

    [Fact]
    public void An_outlet_row_with_mastheads_but_no_arabic_alias_is_for_the_cleaner_only()
    {
        var resources = Overlay(KbFiles.Outlets,
            "# format: marsad.outlets/1\nactor:test-news\tTest News\tSY\tأخبار الاختبار\t\tأخبار الاختبار\nactor:al-test\tAl-Test\t\t\t\tالوطن الاختباري\n");
        var kb = KnowledgeBase.Load(resources);
        Assert.Equal("Test News", kb.Actor("actor:test-news")!.NameEn);
        Assert.Null(kb.Actor("actor:al-test"));
        Assert.Null(kb.Actor("actor:al-watan")); // shipped masthead-only row: "الوطن" is an everyday word
    }
}
