using System.IO.Compression;
using System.Text;
using Marsad.Ingest.Sources;

namespace Marsad.Ingest.Tests;

public class ArticleSourcesTests
{
    private const string Article = "النظام يعلن عن اتفاق مع داعش جنوبي دمشق\n\nقالت وسائل إعلام روسية إن تنظيم داعش سينسحب إلى البادية السورية.";

    private static List<ReadResult> Open(SourceOptions? options = null, params string[] inputs) => ArticleSources.Open(inputs, options).ToList();

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return buffer.ToArray();
    }

    [Fact]
    public void Text_file_becomes_one_article_with_its_name_as_id()
    {
        using var dir = new TempFolder();
        var path = dir.File("003_abc.txt", Article);
        var read = Assert.IsType<ReadResult.Read>(Assert.Single(Open(null, path)));
        Assert.Equal("003_abc", read.Article.Id);
        Assert.Equal(Article, read.Article.Text);
        Assert.Equal(path, read.Article.Origin);
    }

    [Fact]
    public void Directories_are_read_recursively_in_ordinal_order_skipping_dot_files()
    {
        using var dir = new TempFolder();
        dir.File("b.txt", Article);
        dir.File("a/z.txt", Article);
        dir.File("A.txt", Article);
        dir.File("a/b/y.txt", Article);
        dir.File(".DS_Store", [0, 1, 2]);
        var ids = Open(null, dir.Path).Select(r => Assert.IsType<ReadResult.Read>(r).Article.Id).ToArray();
        Assert.Equal(["A", "b", "z", "y"], ids);
    }

    [Fact]
    public void Gzipped_file_is_read_transparently_by_its_magic_bytes()
    {
        using var dir = new TempFolder();
        var path = dir.File("story.txt.gz", Gzip(Encoding.UTF8.GetBytes(Article)));
        var noExtension = dir.File("story2", Gzip(Encoding.UTF8.GetBytes(Article)));
        var results = Open(null, path, noExtension);
        Assert.Equal("story", Assert.IsType<ReadResult.Read>(results[0]).Article.Id);
        Assert.Equal(Article, Assert.IsType<ReadResult.Read>(results[1]).Article.Text);
    }

    [Fact]
    public void Windows_1256_file_is_decoded()
    {
        using var dir = new TempFolder();
        Encodings.CodePages.EnsureRegistered();
        var path = dir.File("legacy.txt", Encoding.GetEncoding(1256).GetBytes(Article));
        Assert.Equal(Article, Assert.IsType<ReadResult.Read>(Assert.Single(Open(null, path))).Article.Text);
    }

    [Fact]
    public void Missing_input_is_one_failure_and_the_batch_goes_on()
    {
        using var dir = new TempFolder();
        var good = dir.File("good.txt", Article);
        var results = Open(null, Path.Combine(dir.Path, "missing.txt"), good);
        var failed = Assert.IsType<ReadResult.Failed>(results[0]);
        Assert.Equal("no such file or directory", failed.Reason);
        Assert.IsType<ReadResult.Read>(results[1]);
    }

    [Fact]
    public void Empty_article_fails_naming_the_file()
    {
        using var dir = new TempFolder();
        var path = dir.File("empty.txt", " \n\n\t ");
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(Open(null, path)));
        Assert.Equal(path, failed.Origin);
        Assert.Equal("empty article (only white space)", failed.Reason);
    }

    [Fact]
    public void Binary_junk_fails()
    {
        using var dir = new TempFolder();
        var junk = new byte[5000];
        new Random(7).NextBytes(junk);
        junk[10] = 0;
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(Open(null, dir.File("photo.jpg", junk))));
        Assert.Contains("binary", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_non_arabic_bytes_fail_as_undecodable()
    {
        using var dir = new TempFolder();
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(Open(null, dir.File("latin.txt", Encoding.Latin1.GetBytes("Ça coûte très cher, déjà à Genève")))));
        Assert.Contains("not valid UTF-8", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_cap_is_refused_from_its_length()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(200_000); // sparse: nothing to read, only a length
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(Open(new SourceOptions { MaxBytes = 100_000 }, path)));
        Assert.Equal("larger than the 100000-byte cap (raise it with --max-bytes)", failed.Reason);
    }

    [Fact]
    public void Default_cap_is_50_mb()
    {
        Assert.Equal(50L * 1024 * 1024, new SourceOptions().MaxBytes);
        Assert.Equal("larger than the 50 MB cap (raise it with --max-bytes)", new InputTooLargeException(SourceOptions.DefaultMaxBytes).Message);
    }

    [Fact]
    public void Gzip_that_inflates_past_the_cap_is_refused_while_reading()
    {
        using var dir = new TempFolder();
        var bomb = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("دمشق ", 50_000))));
        var path = dir.File("bomb.txt.gz", bomb);
        Assert.True(bomb.Length < 10_000);
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(Open(new SourceOptions { MaxBytes = 100_000 }, path)));
        Assert.Contains("100000-byte cap", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_gzip_fails_naming_the_file()
    {
        using var dir = new TempFolder();
        var gz = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article + "\n", 200))));
        var path = dir.File("cut.txt.gz", gz[..(gz.Length / 2)]);
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(Open(null, path)));
        Assert.Equal(path, failed.Origin);
    }

    [SkippableFact]
    public void Unreadable_file_fails_with_a_reason()
    {
        Skip.If(Environment.UserName == "root" || OperatingSystem.IsWindows(), "permissions do not bind root, and chmod is Unix-only");
        using var dir = new TempFolder();
        var path = dir.File("locked.txt", Article);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.None);
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(Open(null, path)));
        Assert.StartsWith("permission denied", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_path_fails_as_one_line_with_the_os_reason()
    {
        // A folder named like a file inside a plain file: the OS refuses it whoever runs the test.
        using var dir = new TempFolder();
        var file = dir.File("plain.txt", Article);
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(Open(null, Path.Combine(file, "inner.txt"))));
        Assert.DoesNotContain('\n', failed.Reason);
    }
}
