namespace Limber.Storage.Tests;

public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("limber-store-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    protected override Task<Limber.Progress.IProgressStore> Open(string user = "ana") => ProgressStores.OpenAsync(null, folder, user);
}
