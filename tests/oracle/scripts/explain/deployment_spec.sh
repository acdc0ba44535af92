kubectl explain deployment.spec
