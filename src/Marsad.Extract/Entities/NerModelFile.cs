using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Marsad.Extract.Entities;

/// <summary>A model file this build cannot read: names the file and what to do.</summary>
public sealed class NerModelFormatException(string path, string problem)
    : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;
}

/// <summary>
/// The tagger's model file. Layout: the 8-byte magic "MRSDNER1", a little-endian int32 format
/// version, then a Brotli stream holding the feature-template version, hash size, training notes
/// (JSON, with the data's provenance and licence), the transition table, the training word counts
/// (all and inside names),
/// and the non-zero emission rows (delta-coded bucket index + 9 half-precision weights). Zero rows
/// are left out, which keeps a 2^20-bucket table to a few megabytes.
/// </summary>
public static class NerModelFile
{
    public const int FormatVersion = 2;
    private static readonly byte[] Magic = "MRSDNER1"u8.ToArray();

    public static void Write(NerModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var file = File.Create(path);
        file.Write(Magic);
        file.Write(BitConverter.GetBytes(FormatVersion));
        using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(brotli, Encoding.UTF8);
        var weights = model.Weights;
        w.Write(NerFeatures.TemplateVersion);
        w.Write(weights.HashBits);
        w.Write(JsonSerializer.Serialize(model.Info));
        w.Write(NerTagSet.Count);
        foreach (float t in weights.Transition) w.Write(t);
        var words = model.KnownWords.Counts.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        w.Write(words.Length);
        foreach (var (word, count) in words) { w.Write(word); w.Write(count); w.Write(model.KnownWords.InEntity(word)); }
        int stride = PerceptronWeights.Stride;
        var e = weights.Emission;
        int rows = 0;
        for (int b = 0; b < weights.Buckets; b++) if (!IsZeroRow(e, b * stride)) rows++;
        w.Write(rows);
        int previous = -1;
        for (int b = 0; b < weights.Buckets; b++)
        {
            if (IsZeroRow(e, b * stride)) continue;
            w.Write7BitEncodedInt(b - previous);
            previous = b;
            for (int t = 0; t < NerTagSet.Count; t++) w.Write((Half)e[b * stride + t]);
        }
    }

    public static NerModel Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"NER model '{path}' does not exist; train one with `marsad train ner` (README.md, section 'Named-entity tagger')", path);
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[12];
        if (file.ReadAtLeast(head, 12, throwOnEndOfStream: false) < 12 || !head[..8].SequenceEqual(Magic))
            throw new NerModelFormatException(path, "not a Marsad NER model (the file does not start with MRSDNER1)");
        int version = BitConverter.ToInt32(head[8..]);
        if (version != FormatVersion)
            throw new NerModelFormatException(path, $"NER model format version {version} is not {FormatVersion}, the one this build of Marsad reads; retrain it with `marsad train ner` or use a matching Marsad version");
        try
        {
            // Decompressed in one go: reading two-byte weights one by one from the Brotli stream costs seconds.
            var body = new MemoryStream();
            using (var brotli = new BrotliStream(file, CompressionMode.Decompress)) brotli.CopyTo(body);
            body.Position = 0;
            using var r = new BinaryReader(body, Encoding.UTF8);
            int templates = r.ReadInt32();
            if (templates != NerFeatures.TemplateVersion)
                throw new NerModelFormatException(path, $"model uses feature templates v{templates}, this build computes v{NerFeatures.TemplateVersion}; retrain it with `marsad train ner`");
            var weights = new PerceptronWeights(r.ReadInt32());
            var info = JsonSerializer.Deserialize<NerTrainingInfo>(r.ReadString())
                ?? throw new NerModelFormatException(path, "training notes are missing");
            int tags = r.ReadInt32();
            if (tags != NerTagSet.Count)
                throw new NerModelFormatException(path, $"model has {tags} tags, this build expects {NerTagSet.Count}");
            for (int i = 0; i < weights.Transition.Length; i++) weights.Transition[i] = r.ReadSingle();
            int wordCount = r.ReadInt32();
            var counts = new Dictionary<string, int>(wordCount, StringComparer.Ordinal);
            var inEntity = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < wordCount; i++)
            {
                string word = r.ReadString();
                counts[word] = r.ReadInt32();
                if (r.ReadInt32() is > 0 and var n) inEntity[word] = n;
            }
            int rows = r.ReadInt32();
            int bucket = -1;
            var e = weights.Emission;
            for (int i = 0; i < rows; i++)
            {
                bucket += r.Read7BitEncodedInt();
                if ((uint)bucket >= (uint)weights.Buckets)
                    throw new NerModelFormatException(path, $"row {i} names bucket {bucket} outside the table of {weights.Buckets}");
                for (int t = 0; t < NerTagSet.Count; t++) e[bucket * PerceptronWeights.Stride + t] = (float)r.ReadHalf();
            }
            return new NerModel(weights, new KnownWords(counts, inEntity), info);
        }
        catch (EndOfStreamException ex)
        {
            throw new NerModelFormatException(path, "the model file is truncated; retrain or restore it (" + ex.Message + ")");
        }
        catch (InvalidDataException ex)
        {
            throw new NerModelFormatException(path, "the model file is corrupt: " + ex.Message);
        }
    }

    private static bool IsZeroRow(float[] e, int offset)
    {
        for (int t = 0; t < NerTagSet.Count; t++)
            if ((Half)e[offset + t] != Half.Zero) return false;
        return true;
    }
}
