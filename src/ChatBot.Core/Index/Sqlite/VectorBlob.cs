using System.Runtime.InteropServices;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>Stores a float vector as little-endian bytes in a BLOB column.</summary>
internal static class VectorBlob
{
    public static byte[] ToBytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
