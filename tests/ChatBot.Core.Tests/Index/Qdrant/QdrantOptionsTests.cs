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
        Assert.Equal("http://localhost:6334", options.Url);
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
    public void The_rest_port_is_reported_with_the_grpc_port_to_use_instead()
    {
        var error = Assert.Throws<ValidationException>(() => new QdrantOptions { Url = "http://localhost:6333" }.EnsureValid());

        Assert.Contains("ChatBot:Index:Qdrant:Url points at port 6333, Qdrant's REST port", error.Message);
        Assert.Contains("6334", error.Message);
    }

    [Fact]
    public void An_https_url_is_accepted_for_tls()
    {
        new QdrantOptions { Url = "https://xyz.cloud.qdrant.io:6334", ApiKey = "key" }.EnsureValid();
    }

    [Fact]
    public void A_url_with_a_path_is_rejected()
    {
        var error = Assert.Throws<ValidationException>(() => new QdrantOptions { Url = "http://localhost:6334/qdrant" }.EnsureValid());

        Assert.Contains("ChatBot:Index:Qdrant:Url must not have a path", error.Message);
    }

    [Fact]
    public void A_request_timeout_of_zero_is_reported_with_its_key()
    {
        var error = Assert.Throws<ValidationException>(() => new QdrantOptions { RequestTimeout = TimeSpan.Zero }.EnsureValid());

        Assert.Contains("ChatBot:Index:Qdrant:RequestTimeout", error.Message);
    }

    [Fact]
    public void The_index_refuses_invalid_options_when_constructed()
    {
        using var client = QdrantClients.Create(new QdrantOptions());

        Assert.Throws<ValidationException>(() => new QdrantStoryIndex(client, new QdrantOptions { DenseVectorSize = 0 }));
    }
}
