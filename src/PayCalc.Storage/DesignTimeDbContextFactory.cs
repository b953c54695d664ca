using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PayCalc.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --project src/PayCalc.Storage</c> build the model without the CLI.
/// The tools only read the model here; no file is opened (the connection string names an unused file).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PayCalcDbContext>
{
    public PayCalcDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PayCalcDbContext>().UseSqlite("Data Source=paycalc-design-time.db").Options);
}
