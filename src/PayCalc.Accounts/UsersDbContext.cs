using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PayCalc.Accounts;

/// <summary>The accounts file: Identity's users, roles and claims, beside the payroll database
/// (<see cref="UsersDatabase.PathBeside"/>). Its schema is kept by migrations, applied on opening.</summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : IdentityDbContext<PayCalcUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PayCalcUser>().HasIndex(u => u.AgentId).IsUnique();
    }
}

/// <summary>For <c>dotnet ef migrations add</c> only.</summary>
public sealed class UsersDbContextFactory : IDesignTimeDbContextFactory<UsersDbContext>
{
    public UsersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<UsersDbContext>().UseSqlite("Data Source=design-time.users.db").Options);
}
