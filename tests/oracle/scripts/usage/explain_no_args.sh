kubectl explain
