using YamlDotNet.RepresentationModel;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// The Kubernetes manifests cannot be run here (no cluster): they must at least parse, and name
/// what the silos and front ends need (the Orleans pod labels, the readiness probe, Redis).
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly string Folder = Path.Combine(ProductProcess.RepositoryRoot(), "silo-config", "kubernetes");

    [Fact]
    public void Every_manifest_parses_and_each_document_has_a_kind_and_a_name()
    {
        var files = Directory.GetFiles(Folder, "*.yaml");
        Assert.Equal(3, files.Length);
        foreach (var file in files)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            Assert.NotEmpty(yaml.Documents);
            foreach (var document in yaml.Documents)
            {
                var root = (YamlMappingNode)document.RootNode;
                Assert.True(root.Children.ContainsKey("kind"), $"{Path.GetFileName(file)}: a document without kind");
                Assert.True(((YamlMappingNode)root["metadata"]).Children.ContainsKey("name"), $"{Path.GetFileName(file)}: a document without a name");
            }
        }
    }

    [Fact]
    public void Silos_carry_the_orleans_pod_labels_and_front_ends_a_readiness_probe()
    {
        var silo = File.ReadAllText(Path.Combine(Folder, "silo.yaml"));
        Assert.Contains("orleans/serviceId", silo, StringComparison.Ordinal);
        Assert.Contains("orleans/clusterId", silo, StringComparison.Ordinal);
        Assert.Contains("Orleans__RedisConnectionString", silo, StringComparison.Ordinal);
        var frontend = File.ReadAllText(Path.Combine(Folder, "frontend.yaml"));
        Assert.Contains("/health/ready", frontend, StringComparison.Ordinal);
        Assert.Contains("--appendonly", File.ReadAllText(Path.Combine(Folder, "redis.yaml")), StringComparison.Ordinal);
    }
}
