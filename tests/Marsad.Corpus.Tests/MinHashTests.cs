namespace Marsad.Corpus.Tests;

public class MinHashTests
{
    private const string Wire = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في المنطقة الشرقية تضم ستة أشخاص كانوا يخططون لتنفيذ عمليات ضد منشآت حكومية، وقال المتحدث الأمني إن التحقيقات مستمرة مع الموقوفين.";

    [Fact]
    public void Same_text_has_similarity_one() =>
        Assert.Equal(1.0, MinHash.Similarity(MinHash.Signature(Wire), MinHash.Signature(Wire)));

    [Fact]
    public void Reprint_with_diacritics_and_a_changed_ending_is_a_near_duplicate()
    {
        var reprint = Wire.Replace("أعلنت", "أعلنتْ", StringComparison.Ordinal).Replace("مع الموقوفين.", "مع الموقوفين حتى الآن.", StringComparison.Ordinal);
        Assert.InRange(MinHash.Similarity(MinHash.Signature(Wire), MinHash.Signature(reprint)), 0.6, 1.0);
    }

    [Fact]
    public void Unrelated_story_is_not_a_near_duplicate()
    {
        const string other = "فاز نادي الهلال على نظيره النصر بهدفين مقابل هدف في المباراة التي جمعتهما مساء أمس على ملعب الملك فهد الدولي في الرياض ضمن الجولة الثالثة من الدوري.";
        Assert.InRange(MinHash.Similarity(MinHash.Signature(Wire), MinHash.Signature(other)), 0.0, 0.1);
    }

    [Fact]
    public void Text_without_words_matches_nothing() =>
        Assert.Equal(0.0, MinHash.Similarity(MinHash.Signature("..."), MinHash.Signature("!!!")));
}
