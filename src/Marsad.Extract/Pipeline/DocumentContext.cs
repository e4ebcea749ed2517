using Marsad.Ingest;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Pipeline;

/// <summary>
/// One article on its way through the pipeline: each stage reads the layers before it and adds its
/// own. All offsets here are UTF-16 indexes into <see cref="Text"/>; <see cref="RecordBuilder"/>
/// turns them into the code-point offsets of the record.
/// </summary>
public sealed class DocumentContext
{
    public DocumentContext(Article article, ArticleLayout layout, AnalysedText analysed)
    {
        Article = article;
        Layout = layout;
        Analysed = analysed;
    }

    public Article Article { get; }
    public string Text => Article.Text;
    /// <summary>Headline, body paragraphs and outlet (Ingest's cleaner).</summary>
    public ArticleLayout Layout { get; }
    /// <summary>Tokens, sentences, normalised forms (the text layer).</summary>
    public AnalysedText Analysed { get; }

    /// <summary>Entity mentions, linked where the knowledge base knows them (UTF-16 offsets).</summary>
    public IReadOnlyList<EntityRecord> Entities { get; set; } = [];
    /// <summary>Time expressions with resolved values (UTF-16 offsets).</summary>
    public IReadOnlyList<TimeRecord> Times { get; set; } = [];
    /// <summary>Publication date: given by the source, or inferred by the time stage.</summary>
    public DateOnly? Published { get; set; }
    public bool PublishedInferred { get; set; }
    /// <summary>Events (UTF-16 offsets).</summary>
    public IReadOnlyList<EventRecord> Events { get; set; } = [];
}
