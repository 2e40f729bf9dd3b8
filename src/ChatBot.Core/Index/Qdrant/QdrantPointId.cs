using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Point ids derived from what a point is, never random: a name-based UUID (RFC 9562 version 5) of
/// (story id, chunk ordinal), so re-indexing a story overwrites its points instead of adding new ones.
/// </summary>
public static class QdrantPointId
{
    // A fixed namespace of our own, so our ids never collide with another application's name-based UUIDs.
    private static readonly Guid Namespace = new("5b0c1d52-7f0e-4e59-9a43-2a3b1f0de7c1");

    /// <summary>The id of chunk <paramref name="ordinal"/> of story <paramref name="storyId"/>.</summary>
    public static string ForChunk(string storyId, int ordinal) => Create($"chunk\u001f{storyId}\u001f{ordinal}");

    /// <summary>The id of the point that holds a story's full text and metadata.</summary>
    public static string ForStory(string storyId) => Create($"story\u001f{storyId}");

    private static string Create(string name)
    {
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);

        // SHA-1 is what version 5 UUIDs are defined with; it names points here, it protects nothing.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
