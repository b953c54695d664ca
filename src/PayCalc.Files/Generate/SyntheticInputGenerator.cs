using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Generate;

/// <summary>
/// Generates a realistic, valid input folder for load tests and examples: teams of 12-15 agents, the
/// shift types of the domain brief, leave, mid-month hires, probation and terminations, metrics and
/// installment deals. Deterministic for a seed; special cases sit at fixed positions in every block of
/// 100 agents, so any set of 45 or more agents contains each of them.
/// </summary>
public sealed class SyntheticInputGenerator
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];
    private static readonly string[] GivenChars = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "辉", "婷", "雪", "琳", "晨", "浩", "宇", "欣", "佳", "怡", "倩", "文"];
    private static readonly int[] Terms = [3, 6, 12, 24];

    /// <summary>Early shift (早班) starts: 08:15 ... 10:30, 9 h span with a 60 min break.</summary>
    private static readonly TimeOnly[] EarlyStarts = [new(8, 15), new(8, 30), new(9, 0), new(9, 30), new(10, 0), new(10, 30)];

    private enum Pattern { Early, ExtraEarly, Evening, Night, B1, B2, Split }

    /// <summary>Writes the files, with a <c>ytd</c> file of illustrative opening balances so that income tax can be
    /// withheld for agents hired before the period, and returns what was written.</summary>
    public GenerationSummary Generate(GeneratorOptions options) =>
        InputSetWriter.Write(CreateAgents(options), options.Period, options.OutputDirectory, options.Format, options.Headers,
            a => IllustrativeOpeningBalance.For(a, options.Period));

    /// <summary>The generated records, one agent at a time (lazily, so 100,000 agents never sit in memory).</summary>
    public IEnumerable<AgentRecords> CreateAgents(GeneratorOptions options)
    {
        if (options.AgentCount < 0) throw new ArgumentOutOfRangeException(nameof(options), "AgentCount must not be negative.");
        var rng = new Random(options.Seed);
        var period = options.Period;
        var days = period.Days().ToArray();
        var working = days.Select(options.IsWorkingDay).ToArray();
        var lastNumber = options.FirstAgentNumber + options.AgentCount - 1;
        var digits = Math.Max(options.AgentIdDigits, lastNumber.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var team = 1;
        var teamLeft = rng.Next(12, 16);
        var dealSeq = 0;
        for (var i = 0; i < options.AgentCount; i++)
        {
            if (teamLeft-- == 0)
            {
                team++;
                teamLeft = rng.Next(12, 16) - 1;
            }
            var id = "A" + (options.FirstAgentNumber + i).ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture);
            yield return CreateAgent(rng, i, id, $"T{team}", period, days, working, ref dealSeq);
        }
    }

    private static AgentRecords CreateAgent(Random rng, int i, string id, string team, Period period, DateOnly[] days, bool[] working, ref int dealSeq) =>
        CreateMonth(rng, i, NewAgent(rng, i, id, team, period), period, days, working, ref dealSeq);

    /// <summary>
    /// A later month for agents created by <see cref="CreateAgents"/> (same ids, names, salaries, dates): shifts,
    /// leave, metrics and deals of <see cref="GeneratorOptions.Period"/> for each agent of <paramref name="roster"/>
    /// employed in it. <paramref name="index"/> gives each agent's position in the original generation (its
    /// shift pattern and special cases); the options' seed drives the month's randomness.
    /// </summary>
    public IEnumerable<AgentRecords> CreateMonth(IReadOnlyList<Agent> roster, Func<Agent, int> index, GeneratorOptions options)
    {
        var rng = new Random(options.Seed);
        var period = options.Period;
        var days = period.Days().ToArray();
        var working = days.Select(options.IsWorkingDay).ToArray();
        var dealSeq = 0;
        foreach (var agent in roster.Where(a => a.IsEmployedIn(period)))
            yield return CreateMonth(rng, index(agent), agent, period, days, working, ref dealSeq);
    }

    private static Agent NewAgent(Random rng, int i, string id, string team, Period period)
    {
        var slot = i % 100;
        var first = period.FirstDay;
        var name = Surnames[rng.Next(Surnames.Length)] + GivenChars[rng.Next(GivenChars.Length)] + (rng.Next(3) == 0 ? "" : GivenChars[rng.Next(GivenChars.Length)]);
        var baseSalary = 2800m + rng.Next(321) * 10;
        var hire = first.AddDays(-120 - rng.Next(2500));
        DateOnly? probation = null;
        DateOnly? termination = null;
        switch (slot)
        {
            case 3 or 23 or 43 or 63 or 83: // hired mid-month, on probation for three months
                hire = first.AddDays(5 + rng.Next(15));
                probation = hire.AddMonths(3).AddDays(-1);
                break;
            case 5 or 45 or 85: // probation ends mid-month
                probation = first.AddDays(7 + rng.Next(14));
                hire = probation.Value.AddDays(1).AddMonths(-3);
                break;
            case 15 or 65: // still on probation all month
                hire = first.AddMonths(-1).AddDays(rng.Next(20));
                probation = hire.AddMonths(3).AddDays(-1);
                break;
            case 7 or 57: // leaves mid-month
                termination = first.AddDays(9 + rng.Next(13));
                break;
        }
        var agent = new Agent
        {
            AgentId = id, Name = name, Team = team, HireDate = hire, ProbationEnd = probation,
            TerminationDate = termination, BaseSalary = baseSalary,
        };
        return agent;
    }

    private static AgentRecords CreateMonth(Random rng, int i, Agent agent, Period period, DateOnly[] days, bool[] working, ref int dealSeq)
    {
        var slot = i % 100;
        var id = agent.AgentId;

        var pattern = ((i + period.Month) % 10) switch
        {
            3 => Pattern.ExtraEarly,
            4 => Pattern.Evening,
            5 => Pattern.Night,
            6 => Pattern.B1,
            7 => Pattern.B2,
            8 => Pattern.Split,
            _ => Pattern.Early,
        };
        var earlyStart = EarlyStarts[rng.Next(EarlyStarts.Length)];

        // Leave on one or two working days (no shift on those days).
        var leaveDays = new Dictionary<int, (LeaveType Type, decimal Hours)>();
        if (slot % 10 is 1 or 4 or 8)
        {
            var type = (LeaveType)(i / 10 % 3);
            var count = 1 + rng.Next(2);
            for (var k = 0; k < count * 4 && leaveDays.Count < count; k++)
            {
                var d = rng.Next(days.Length);
                if (working[d] && agent.IsEmployedOn(days[d])) leaveDays[d] = (type, rng.Next(2) == 0 ? 4m : 8m);
            }
        }

        // Night workers: one 大夜班 then two days off, aligned for most of them so a shift starts on the
        // last day of the month and runs into the next month.
        var nightOffset = i / 10 % 2 == 0 ? (3 - (days.Length - 1) % 3) % 3 : rng.Next(3);
        var extraDays = new HashSet<int>();
        if (pattern != Pattern.Night && slot % 4 == 0)
        {
            var count = 1 + rng.Next(2);
            for (var k = 0; k < 10 && extraDays.Count < count; k++)
            {
                var d = rng.Next(days.Length);
                if (!working[d]) extraDays.Add(d);
            }
        }

        var shifts = new List<Shift>();
        var leave = new List<LeaveEntry>();
        for (var d = 0; d < days.Length; d++)
        {
            var date = days[d];
            if (!agent.IsEmployedOn(date)) continue;
            if (leaveDays.TryGetValue(d, out var lv))
            {
                leave.Add(new LeaveEntry { AgentId = id, Date = date, Type = lv.Type, Hours = lv.Hours });
                continue;
            }
            var works = pattern == Pattern.Night ? (d + nightOffset) % 3 == 0 : working[d] || extraDays.Contains(d);
            if (!works) continue;
            switch (pattern)
            {
                case Pattern.Early: shifts.Add(MakeShift(id, date, "早班", earlyStart, earlyStart.AddHours(9), 60)); break;
                case Pattern.ExtraEarly: shifts.Add(MakeShift(id, date, "特早班", new(7, 15), new(16, 0), 45)); break;
                case Pattern.Evening: shifts.Add(MakeShift(id, date, "小夜班", new(16, 0), new(1, 0), 60)); break;
                case Pattern.Night: shifts.Add(MakeShift(id, date, "大夜班", new(20, 0), new(8, 0), 60)); break;
                case Pattern.B1: shifts.Add(MakeShift(id, date, "B1", new(6, 0), new(15, 0), 60)); break;
                case Pattern.B2: shifts.Add(MakeShift(id, date, "B2", new(6, 30), new(15, 30), 60)); break;
                case Pattern.Split:
                    shifts.Add(MakeShift(id, date, "天地班", new(10, 0), new(14, 0), 0));
                    shifts.Add(MakeShift(id, date, "天地班", new(18, 0), new(22, 0), 0));
                    break;
            }
        }

        var employedShare = days.Count(agent.IsEmployedOn) / (decimal)days.Length;
        var critical = rng.Next(100) < 3 ? 1 : 0;
        var rating = rng.Next(100) switch { < 15 => "A", < 55 => "B", < 90 => "C", _ => "D" };
        var metrics = new AgentMetrics
        {
            AgentId = id,
            Period = period,
            Numbers = new Dictionary<string, decimal>
            {
                ["calls_handled"] = Math.Round((2000 + rng.Next(1201)) * employedShare),
                ["aht_seconds"] = 160 + rng.Next(101),
                ["qa_score"] = 70m + rng.Next(301) / 10m,
                ["noncritical_errors"] = rng.Next(5),
                ["critical_errors"] = critical,
            },
            Texts = new Dictionary<string, string> { ["pa_rating"] = rating },
        };

        var employedDays = days.Where(agent.IsEmployedOn).ToArray();
        var deals = new List<Deal>();
        var bigSeller = slot is 9 or 59;
        var dealCount = bigSeller ? 5 : rng.Next(7);
        if (slot == 11 && dealCount == 0) dealCount = 1;
        for (var k = 0; k < dealCount && employedDays.Length > 0; k++)
        {
            var booked = employedDays[rng.Next(employedDays.Length)];
            var amount = bigSeller ? 45_000m + rng.Next(351) * 100 : 5_000m + rng.Next(751) * 100;
            DateOnly? cancelled = null;
            if ((slot == 11 && k == 0) || rng.Next(100) < 3)
            {
                var c = booked.AddDays(1 + rng.Next(10));
                cancelled = c > period.LastDay ? period.LastDay : c;
            }
            deals.Add(new Deal
            {
                DealId = $"D{period.Year:D4}{period.Month:D2}-{++dealSeq:D7}",
                AgentId = id,
                BookedDate = booked,
                Amount = amount,
                TermMonths = Terms[rng.Next(Terms.Length)],
                CancelledDate = cancelled,
            });
        }
        deals.Sort((a, b) => a.BookedDate.CompareTo(b.BookedDate));
        return new AgentRecords(agent, shifts, leave, metrics, deals);
    }

    private static Shift MakeShift(string id, DateOnly date, string code, TimeOnly start, TimeOnly end, int breakMinutes) =>
        new() { AgentId = id, Date = date, Code = code, Start = start, End = end, BreakMinutes = breakMinutes };
}
