namespace ContactCenter.Bench;

/// <summary>Where results are written by default: the repository's bench/ folder, found from the working folder up.</summary>
public static class BenchFolder
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactCenter.sln")))
            {
                return Path.Combine(dir.FullName, "bench");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "bench");
    }
}
