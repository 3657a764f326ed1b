import RedflagCLI
