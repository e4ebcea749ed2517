using System.Text;
using Marsad.Ingest.Encodings;

namespace Marsad.Ingest.Tests;

public class ArabicTextDecoderTests
{
    private const string Sentence = "قالت وسائل إعلام روسية (الجمعة) إن تنظيم داعش والذي يسيطر على مخيم اليرموك وعدة أحياء جنوبي دمشق، سينسحب إلى البادية السورية.";
    private const string Headline = "النظام يعلن عن اتفاق مع داعش جنوبي دمشق";

    static ArabicTextDecoderTests() => CodePages.EnsureRegistered();

    [Fact]
    public void Utf8_without_bom_decodes()
    {
        var r = ArabicTextDecoder.Decode(Encoding.UTF8.GetBytes(Sentence));
        Assert.Equal(Sentence, r.Text);
        Assert.Equal("UTF-8", r.EncodingName);
    }

    [Fact]
    public void Utf8_bom_is_dropped_from_the_text()
    {
        var r = ArabicTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sentence)]);
        Assert.Equal(Sentence, r.Text);
        Assert.Equal("UTF-8 (BOM)", r.EncodingName);
    }

    [Fact]
    public void Utf16_little_endian_with_bom_decodes()
    {
        var r = ArabicTextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sentence)]);
        Assert.Equal(Sentence, r.Text);
        Assert.Equal("UTF-16 LE", r.EncodingName);
    }

    [Fact]
    public void Utf16_big_endian_with_bom_decodes()
    {
        var r = ArabicTextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sentence)]);
        Assert.Equal(Sentence, r.Text);
        Assert.Equal("UTF-16 BE", r.EncodingName);
    }

    [Fact]
    public void Windows_1256_is_detected_and_decoded()
    {
        var r = ArabicTextDecoder.Decode(Encoding.GetEncoding(1256).GetBytes(Sentence));
        Assert.Equal(Sentence, r.Text);
        Assert.Equal("windows-1256", r.EncodingName);
    }

    [Fact]
    public void Iso_8859_6_is_detected_and_decoded()
    {
        var iso = Encoding.GetEncoding(28596, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var r = ArabicTextDecoder.Decode(iso.GetBytes(Sentence));
        Assert.Equal(Sentence, r.Text);
        Assert.Equal("iso-8859-6", r.EncodingName);
    }

    [Fact]
    public void Short_windows_1256_headline_is_decoded_by_its_letters()
    {
        var r = ArabicTextDecoder.Decode(Encoding.GetEncoding(1256).GetBytes("دمشق"));
        Assert.Equal("دمشق", r.Text);
    }

    [Fact]
    public void Declared_charset_is_used_when_valid()
    {
        var r = ArabicTextDecoder.Decode(Encoding.GetEncoding(1256).GetBytes(Headline), "windows-1256");
        Assert.Equal(Headline, r.Text);
    }

    [Fact]
    public void Latin1_text_that_is_not_utf8_is_refused()
    {
        var r = ArabicTextDecoder.Decode(Encoding.Latin1.GetBytes("Café résumé naïve façade über straße déjà vu"));
        Assert.False(r.Succeeded);
        Assert.Contains("not valid UTF-8", r.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_with_nul_bytes_is_binary()
    {
        var r = ArabicTextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF, 0x10]);
        Assert.False(r.Succeeded);
        Assert.Contains("binary", r.Failure, StringComparison.Ordinal);
    }
}
