using System.Text;
using Marsad.Ingest.Sources;

namespace Marsad.Ingest.Tests;

public class FormatRegistryTests
{
    private sealed class MarkerReader : IFormatReader
    {
        public string Name => "marker";
        public bool CanRead(string path, ReadOnlySpan<byte> head) => head.StartsWith("<!marker"u8);
        public IEnumerable<ReadResult> Read(Stream content, string origin)
        {
            yield return new ReadResult.Read(new Article("m", "من قارئ مضاف", origin));
        }
    }

    [Fact]
    public void Content_decides_before_the_extension()
    {
        var registry = FormatRegistry.CreateDefault();
        Assert.Equal("jsonl", registry.Choose("story.txt", "{\"text\":\"دمشق\"}"u8).Name);
        Assert.Equal("text", registry.Choose("story.jsonl", Encoding.UTF8.GetBytes("دمشق")).Name);
    }

    [Fact]
    public void Extension_decides_when_the_content_is_empty() =>
        Assert.Equal("jsonl", FormatRegistry.CreateDefault().Choose("empty.jsonl", []).Name);

    [Fact]
    public void Plain_text_is_the_fallback() =>
        Assert.Equal("text", FormatRegistry.CreateDefault().Choose("-", Encoding.UTF8.GetBytes("بحث\nبحث")).Name);

    [Fact]
    public void An_added_reader_is_chosen_by_its_content()
    {
        using var dir = new TempFolder();
        var path = dir.File("page.bin", "<!marker and more");
        var registry = FormatRegistry.CreateDefault().Add(new MarkerReader());
        var read = Assert.IsType<ReadResult.Read>(Assert.Single(ArticleSources.Open([path], registry: registry)));
        Assert.Equal("من قارئ مضاف", read.Article.Text);
    }
}
