using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>
/// Validates request bodies against the request schema that Qdrant's OpenAPI document gives each operation.
/// The document is loaded once per test run; OpenAPI's <c>#/components/schemas</c> become JSON Schema definitions.
/// </summary>
public sealed class OpenApiRequestValidator
{
    private static readonly Lazy<Task<OpenApiRequestValidator?>> Shared = new(LoadAsync);

    private readonly JObject _paths;
    private readonly JsonSchema _root;

    private OpenApiRequestValidator(JObject paths, JsonSchema root)
    {
        _paths = paths;
        _root = root;
    }

    /// <summary>The validator, or null when the schema file is absent.</summary>
    public static Task<OpenApiRequestValidator?> GetAsync() => Shared.Value;

    /// <summary>
    /// Errors of <paramref name="body"/> for the operation <paramref name="method"/> <paramref name="pathTemplate"/>
    /// (e.g. <c>/collections/{collection_name}/points/query</c>); empty when it is valid.
    /// </summary>
    public IReadOnlyList<string> Validate(string method, string pathTemplate, string body)
    {
        var reference = _paths[pathTemplate]?[method.ToLowerInvariant()]?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.Value<string>();
        if (reference is null) return [$"the schema has no JSON request body for {method} {pathTemplate}"];

        var name = reference[(reference.LastIndexOf('/') + 1)..];
        if (!_root.Definitions.TryGetValue(name, out var schema)) return [$"the schema has no definition {name}"];

        JToken token;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
            token = JToken.ReadFrom(reader);
        }
        catch (JsonReaderException ex)
        {
            return [$"the body is not JSON: {ex.Message}"];
        }

        return schema.Validate(token).Select(e => $"{name}: {e}").ToList();
    }

    /// <summary>
    /// OpenAPI 3.0's <c>nullable</c> in JSON Schema terms. Qdrant writes optional members as
    /// <c>anyOf: [{$ref}, {nullable: true}]</c>; read as plain JSON Schema, that second branch would be an empty
    /// schema accepting anything, and nothing nested would be checked. It means "or null", so it becomes that.
    /// </summary>
    private static void TranslateNullable(JObject schema)
    {
        if (schema["nullable"]?.Type != JTokenType.Boolean || !schema["nullable"]!.Value<bool>()) return;
        schema.Remove("nullable");
        if (!schema.HasValues) schema["type"] = "null";
        else if (schema["type"] is JValue { Type: JTokenType.String } type) schema["type"] = new JArray(type.Value<string>()!, "null");
    }

    private static async Task<OpenApiRequestValidator?> LoadAsync()
    {
        if (OpenApiSchemaFile.Path is not { } path) return null;

        var document = JObject.Parse(await File.ReadAllTextAsync(path));
        var definitions = document["components"]?["schemas"] as JObject ?? [];
        foreach (var schema in definitions.DescendantsAndSelf().OfType<JObject>().ToList()) TranslateNullable(schema);
        var schemaJson = new JObject { ["definitions"] = definitions }.ToString(Formatting.None)
            .Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        var root = await JsonSchema.FromJsonAsync(schemaJson);
        return new OpenApiRequestValidator((JObject)document["paths"]!, root);
    }
}
