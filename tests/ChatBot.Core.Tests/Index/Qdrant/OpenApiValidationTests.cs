using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Tests.Index.Qdrant.Fake;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>Every body the client sends validates against Qdrant 1.19's OpenAPI schema, and the check can fail.</summary>
public sealed class OpenApiValidationTests(FakeQdrantFixture fixture) : IClassFixture<FakeQdrantFixture>
{
    [OpenApiFact]
    public async Task Every_request_body_the_client_sends_validates_against_the_openapi_schema()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture, o =>
        {
            o.DenseVectorSize = 3;
            o.ShardNumber = 2;
            o.ReplicationFactor = 2;
        });
        await index.InitializeAsync();
        var (harbor, harborChunks) = TestStories.Harbor();
        var (flood, floodChunks) = TestStories.Flood();
        await index.UpsertStoryAsync(harbor, harborChunks, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
        await index.UpsertStoryAsync(flood, floodChunks, [[1, 1, 0], [0, 1, 1]]);
        var filter = new IndexFilter(["Daily Planet", "daily planet"], [harbor.Id, flood.Id], DateTimeOffset.UnixEpoch);
        await index.SearchAsync(new IndexQuery(Tokenizer.DistinctTerms("harbor park"), 10, [0, 0, 1], filter));
        await index.SearchAsync(new IndexQuery(Tokenizer.DistinctTerms("harbor park")));
        await index.GetStoryAsync(harbor.Id);
        await index.ListStoriesAsync();
        await index.GetContentHashesAsync("wire");
        await index.GetTermStatisticsAsync(Tokenizer.DistinctTerms("harbor park"));
        await index.DeleteStoryAsync(flood.Id);

        var sent = fixture.Server.SentTo(options).Where(r => r.Body.Length > 0).ToList();
        Assert.All(sent, r => Assert.True(r.Validation == RecordedRequest.Valid, $"{r.Method} {r.Path}: {r.Validation}\n{r.Body}"));
        var operations = sent.Select(r => $"{r.Method} {r.Path.Replace(options.Collection, "{name}", StringComparison.Ordinal)}").ToHashSet();
        string[] expected =
        [
            "PUT /collections/{name}", "PUT /collections/{name}/index", "PUT /collections/{name}/points", "POST /collections/{name}/points",
            "POST /collections/{name}/points/delete", "POST /collections/{name}/points/query", "POST /collections/{name}/points/scroll",
            "POST /collections/{name}/points/count",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), operations.Order(StringComparer.Ordinal));
    }

    [OpenApiFact]
    public async Task A_body_that_breaks_the_schema_is_caught_and_refused()
    {
        var validator = await OpenApiRequestValidator.GetAsync();
        const string template = "/collections/{collection_name}/points/query";

        Assert.NotEmpty(validator!.Validate("POST", template, """{"limit":0}"""));
        Assert.NotEmpty(validator.Validate("POST", template, """{"filter":{"musts":[]}}"""));
        Assert.NotEmpty(validator.Validate("POST", template, """{"prefetch":[{"query":{"indices":[1]},"using":"bm25"}]}"""));
        Assert.NotEmpty(validator.Validate("PUT", "/collections/{collection_name}", """{"sparse_vectors":{"bm25":{"modifier":"bm25"}}}"""));
        Assert.Empty(validator.Validate("POST", template, """{"query":{"indices":[1],"values":[1.0]},"using":"bm25","limit":3}"""));
    }

    [OpenApiFact]
    public async Task The_fake_answers_an_invalid_body_with_a_400_as_qdrant_would()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        using var content = new StringContent("""{"points":[{"id":"not-a-uuid","vector":{}}]}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await fixture.HttpClient.PutAsync($"{fixture.Server.Url}/collections/{options.Collection}/points?wait=true", content);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.StartsWith("invalid", fixture.Server.SentTo(options).Last().Validation, StringComparison.Ordinal);
    }
}
