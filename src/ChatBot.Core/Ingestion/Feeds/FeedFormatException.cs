namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>A feed that is not well-formed XML, or not RSS or Atom; the message says where and why.</summary>
public sealed class FeedFormatException(string reason, Exception? inner = null) : Exception(reason, inner);
