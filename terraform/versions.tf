# SPDX-License-Identifier: GPL-3.0-or-later
# Pet Info sync server on AWS: ECS Fargate behind an ALB, RDS PostgreSQL, secrets in Secrets
# Manager. Checked offline by tools/validate.mjs (ctest server.deploy.Terraform).
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}
