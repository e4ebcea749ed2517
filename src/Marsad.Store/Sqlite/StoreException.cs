namespace Marsad.Store;

/// <summary>The store cannot be used as asked: a newer schema, a corrupt row, an unreadable file. The message says what to do.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
