using System.ComponentModel.DataAnnotations;
using ChatBot.Core.Index.Qdrant;

namespace ChatBot.Core.Tests.Index.Qdrant;

public sealed class QdrantOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_point_at_a_local_qdrant()
    {
        var options = new QdrantOptions();

        options.EnsureValid();
        Assert.Equal("http://localhost:6333", options.Url);
        Assert.Equal("ChatBot:Index:Qdrant", QdrantOptions.SectionName);
    }

    [Fact]
    public void A_url_that_is_not_http_is_reported_with_its_key()
    {
        var error = Assert.Throws<ValidationException>(() => new QdrantOptions { Url = "localhost:6333" }.EnsureValid());

        Assert.Contains("ChatBot:Index:Qdrant:Url", error.Message);
    }

    [Fact]
    public void Cluster_settings_below_one_are_reported_with_their_key()
    {
        var error = Assert.Throws<ValidationException>(() => new QdrantOptions { ShardNumber = 0 }.EnsureValid());

        Assert.Contains("ChatBot:Index:Qdrant:ShardNumber", error.Message);
    }

    [Fact]
    public void A_collection_name_with_a_slash_is_rejected()
    {
        var error = Assert.Throws<ValidationException>(() => new QdrantOptions { Collection = "a/b" }.EnsureValid());

        Assert.Contains("ChatBot:Index:Qdrant:Collection", error.Message);
    }

    [Fact]
    public void The_write_timeout_must_be_shorter_than_the_request_timeout()
    {
        var options = new QdrantOptions { RequestTimeout = TimeSpan.FromSeconds(10), WriteTimeout = TimeSpan.FromSeconds(10) };

        var error = Assert.Throws<ValidationException>(options.EnsureValid);

        Assert.Contains("ChatBot:Index:Qdrant:WriteTimeout", error.Message);
    }

    [Fact]
    public void The_index_refuses_invalid_options_when_constructed()
    {
        using var http = new HttpClient();

        Assert.Throws<ValidationException>(() => new QdrantStoryIndex(http, new QdrantOptions { DenseVectorSize = 0 }));
    }
}
