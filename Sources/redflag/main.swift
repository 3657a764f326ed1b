import RedflagCLI

RedflagCommand.main()
