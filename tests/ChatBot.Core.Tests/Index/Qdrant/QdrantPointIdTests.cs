using ChatBot.Core.Index.Qdrant;

namespace ChatBot.Core.Tests.Index.Qdrant;

public sealed class QdrantPointIdTests
{
    [Fact]
    public void The_same_story_and_ordinal_always_give_the_same_uuid()
    {
        Assert.Equal(QdrantPointId.ForChunk("planet/harbor-bridge", 2), QdrantPointId.ForChunk("planet/harbor-bridge", 2));
    }

    [Fact]
    public void Ids_differ_by_story_ordinal_and_kind()
    {
        string[] ids =
        [
            QdrantPointId.ForChunk("a", 0),
            QdrantPointId.ForChunk("a", 1),
            QdrantPointId.ForChunk("b", 0),
            QdrantPointId.ForStory("a"),
        ];

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Ids_are_version_5_uuids_in_canonical_form()
    {
        var id = QdrantPointId.ForChunk("planet/harbor-bridge", 0);

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
    }
}
