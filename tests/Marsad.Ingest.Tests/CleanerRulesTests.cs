using Marsad.Ingest.Cleaning;
using Marsad.Text.Resources;

namespace Marsad.Ingest.Tests;

public class CleanerRulesTests
{
    private static string Overlay(TempFolder dir, string boilerplate)
    {
        dir.File("ingest/boilerplate.tsv", boilerplate);
        return dir.Path;
    }

    [Fact]
    public void Shipped_rules_load_with_every_threshold()
    {
        var rules = CleanerRules.Load(ResourceSet.Shipped);
        Assert.Equal(20, rules.HeadlineMaxWords);
        Assert.Equal(0.6, rules.MenuWordShare);
    }

    [Fact]
    public void User_overlay_adds_phrases_and_replaces_thresholds()
    {
        using var dir = new TempFolder();
        var root = Overlay(dir, "# format: boilerplate/1\nline\tادعم الموقع\nthreshold\theadline_max_words\t25\n");
        var cleaner = ScrapedTextCleaner.Load(new ResourceSet([root]));
        Assert.Equal(25, cleaner.Rules.HeadlineMaxWords);
        const string lead = "قالت وسائل إعلام روسية إن تنظيم داعش سينسحب إلى البادية السورية بموجب اتفاق مع النظام.";
        var text = $"{lead}\nادعم الموقع!";
        Assert.Equal([lead], cleaner.Clean(new Article("x", text, "x")).Body.Select(b => b.Of(text)));
    }

    [Fact]
    public void Unknown_kind_fails_naming_file_and_line()
    {
        using var dir = new TempFolder();
        var root = Overlay(dir, "# format: boilerplate/1\n\nwidget\tشارك\n");
        var e = Assert.Throws<ResourceFormatException>(() => CleanerRules.Load(new ResourceSet([root])));
        Assert.Equal(3, e.Line);
        Assert.EndsWith("boilerplate.tsv", e.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_threshold_value_fails_naming_file_and_line()
    {
        using var dir = new TempFolder();
        var root = Overlay(dir, "# format: boilerplate/1\nthreshold\tmenu_word_share\t1.5\n");
        var e = Assert.Throws<ResourceFormatException>(() => CleanerRules.Load(new ResourceSet([root])));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Outlet_mastheads_come_from_the_knowledge_base_outlet_file()
    {
        Assert.Equal("kb/outlets.tsv", CleanerRules.OutletsFile);
        var shipped = OutletMastheads.Read(ResourceSet.Shipped.Required(CleanerRules.OutletsFile)).Select(m => m.Name).ToList();
        Assert.Contains("عنب بلدي", shipped);
        Assert.Contains("الوطن", shipped);  // a masthead-only row: the knowledge base does not match it in text
        Assert.DoesNotContain("أ ف ب", shipped); // an alias the knowledge base matches, not a masthead
    }

    [Fact]
    public void An_outlet_overlay_adds_a_masthead_the_cleaner_takes_out()
    {
        using var dir = new TempFolder();
        dir.File("kb/outlets.tsv", "# format: marsad.outlets/1\nactor:sham-times\tSham Times\tSY\t\t\tشام تايمز\n");
        var cleaner = ScrapedTextCleaner.Load(new ResourceSet([dir.Path]));
        const string lead = "قالت وسائل إعلام روسية إن تنظيم داعش سينسحب إلى البادية السورية بموجب اتفاق مع النظام.";
        var text = $"شام تايمز\n{lead}";
        var layout = cleaner.Clean(new Article("x", text, "x"));
        Assert.Equal([lead], layout.Body.Select(b => b.Of(text)));
        Assert.Equal("شام تايمز", layout.Outlet);
    }
}
