namespace ContactCenter.Connectors.Simulator;

/// <summary>The fixed word lists of the floor: names, reason codes and fictional number ranges.</summary>
internal static class SimCatalog
{
    public static readonly string[] AgentNames =
    [
        "Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "John von Neumann", "Margaret Hamilton",
        "Claude Shannon", "Barbara Liskov", "Edsger Dijkstra", "Frances Allen", "Donald Knuth", "Radia Perlman",
        "Dennis Ritchie", "Hedy Lamarr", "Ken Thompson", "Karen Sparck Jones", "Tim Berners-Lee", "Shafi Goldwasser",
        "Niklaus Wirth", "Jean Bartik", "Tony Hoare", "Adele Goldberg", "John McCarthy", "Sophie Wilson",
        "Leslie Lamport", "Mary Kenneth Keller", "Alan Kay", "Anita Borg", "Bjarne Stroustrup", "Evelyn Berezin",
        "Charles Babbage", "Dorothy Vaughan", "Guido van Rossum", "Ida Rhodes", "Linus Torvalds", "Joan Clarke",
        "Vint Cerf", "Susan Kare", "Bob Kahn", "Lynn Conway", "Carver Mead", "Mary Jackson",
        "Edgar Codd", "Kathleen Booth", "James Gosling", "Betty Holberton", "Ward Cunningham", "Jean Sammet",
        "Richard Hamming", "Klara Dan von Neumann", "John Backus", "Marlyn Meltzer", "Peter Naur", "Ruth Teitelbaum",
        "Ole-Johan Dahl", "Kay McNulty", "Kristen Nygaard", "Frances Spence", "Butler Lampson", "Annie Easley",
        "Robin Milner", "Cynthia Dwork", "Per Brinch Hansen", "Mary Allen Wilkes",
    ];

    public static readonly string[] BreakReasons = ["lunch", "training", "meeting", "break", "coaching"];

    public static readonly string[] AssistanceReasons =
    [
        "customer asks for a manager", "abusive caller", "beyond my authority", "legal or regulatory threat", "technical problem", "other",
    ];

    /// <summary>Prefixes of ranges set aside for drama and testing, so no simulated number belongs to anyone.</summary>
    private static readonly (string Prefix, int Digits)[] NumberRanges =
    [
        ("+4420 7946 0", 3),
        ("+44161 496 0", 3),
        ("+447700 900", 3),
        ("+1 202 555 01", 2),
    ];

    /// <summary>The I-th agent's name (1-based); past the end of the list names repeat with a number so they stay distinct.</summary>
    public static string AgentName(int index)
    {
        var name = AgentNames[(index - 1) % AgentNames.Length];
        var round = (index - 1) / AgentNames.Length;
        return round == 0 ? name : $"{name} {round + 1}";
    }

    public static string CallerNumber(Random random)
    {
        var (prefix, digits) = random.Pick(NumberRanges);
        var max = (int)Math.Pow(10, digits);
        return prefix + random.Next(max).ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }
}
