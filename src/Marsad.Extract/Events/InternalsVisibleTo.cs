using System.Runtime.CompilerServices;

// The event rules' internals (mentions, sentence views) are unit-tested directly.
[assembly: InternalsVisibleTo("Marsad.Extract.Tests")]
