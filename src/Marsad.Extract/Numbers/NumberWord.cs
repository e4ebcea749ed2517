namespace Marsad.Extract.Numbers;

/// <summary>The grammatical role of a number word (see resources/numbers/cardinals.tsv).</summary>
public enum NumberWordClass : byte
{
    Unit,
    TeenHead,
    Ten,
    Tens,
    Hundred,
    Hundreds,
    Scale,
    ScaleDual,
    ScalePlural,
    Vague,
}

/// <summary>One entry of the number-word lexicon: its value and role.</summary>
public readonly record struct NumberWord(long Value, NumberWordClass Class);
