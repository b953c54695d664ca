using System.Diagnostics;
using System.Globalization;
using PayCalc.Files.Export;
using WriterBench;

// usage: WriterBench <paycalc|openxml|miniexcel|spreadcheetah> <agents.csv | synthetic:N> <out.xlsx>
// The file is opened read-write: the Open XML SDK needs to read its package back.
// Writes the register of the 100,000-agent run's shape (2 header rows, one row per agent with 3 text and 36 number
// columns, a subtotal row after each team) with one writer, then prints one line: writer, seconds, allocated MB,
// peak working set MB, file MB. Run each writer in its own process (peak memory is per process).
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: WriterBench <paycalc|openxml|miniexcel|spreadcheetah> <agents.csv|synthetic:N> <out.xlsx>");
    return 2;
}
var register = Register.Load(args[1]);
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var clock = Stopwatch.StartNew();
using (var file = new FileStream(args[2], FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
{
    switch (args[0])
    {
        case "paycalc": PayCalcWriter.Write(file, register); break;
        case "openxml": OpenXmlSax.Write(file, register); break;
        case "miniexcel": MiniExcelWriter.Write(file, register); break;
        case "spreadcheetah": await SpreadCheetahWriter.Write(file, register); break;
        default: Console.Error.WriteLine($"unknown writer {args[0]}"); return 2;
    }
}
clock.Stop();
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{args[0]}\t{clock.Elapsed.TotalSeconds:F2} s\talloc {allocated / 1e6:F0} MB\tpeak WS {self.PeakWorkingSet64 / 1e6:F0} MB\tfile {new FileInfo(args[2]).Length / 1e6:F1} MB\trows {register.RowCount}"));
return 0;
