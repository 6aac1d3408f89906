using Engine.Sandbox;

// Reads runs from stdin and writes their answers to stdout, one at a time (Engine/Sandbox/WorkerLoop.cs).
return WorkerLoop.Run(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
