namespace ChatBot.Core.Index.Qdrant;

/// <summary>A sparse vector as Qdrant takes it: unique term indices, ascending, with one weight each.</summary>
public sealed record SparseVector(IReadOnlyList<uint> Indices, IReadOnlyList<float> Values);
