global using Assert = Xunit.Assert;
