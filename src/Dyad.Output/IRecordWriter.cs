using Dyad.Core.Stories;

namespace Dyad.Output;

/// <summary>Writes the records of coded stories in one output format.</summary>
public interface IRecordWriter : IDisposable
{
    void Write(Story story);
}
