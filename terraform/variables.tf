# SPDX-License-Identifier: GPL-3.0-or-later

variable "region" {
  description = "AWS region."
  type        = string
  default     = "sa-east-1"
}

variable "name" {
  description = "Prefix of every resource name."
  type        = string
  default     = "petinfo"
}

variable "environment" {
  description = "Deployment stage, e.g. staging or production."
  type        = string
  default     = "production"
}

variable "image" {
  description = "Container image of petinfo-server (built from server/Dockerfile), e.g. <account>.dkr.ecr.<region>.amazonaws.com/petinfo-server:1.0.0."
  type        = string
}

variable "certificate_arn" {
  description = "ACM certificate of public_hostname, for the HTTPS listener."
  type        = string
}

variable "public_hostname" {
  description = "Host name the tags point to (the QR codes print https://<public_hostname>/t/<tag>)."
  type        = string
}

variable "vpc_cidr" {
  description = "Address range of the VPC."
  type        = string
  default     = "10.40.0.0/16"
}

variable "desired_count" {
  description = "Server tasks. Two or more: the server is stateless and any task serves any client."
  type        = number
  default     = 2
}

variable "task_cpu" {
  description = "Fargate CPU units per task."
  type        = number
  default     = 256
}

variable "task_memory" {
  description = "Fargate memory per task, MiB (the server stays under 150 MB under load)."
  type        = number
  default     = 512
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.small"
}

variable "db_allocated_storage" {
  description = "RDS storage, GiB (grows automatically up to ten times this)."
  type        = number
  default     = 20
}

variable "db_multi_az" {
  description = "Standby replica in a second availability zone."
  type        = bool
  default     = true
}

variable "log_retention_days" {
  description = "How long CloudWatch keeps the server's JSON request log."
  type        = number
  default     = 30
}

variable "tombstone_retention_days" {
  description = "How long deleted records are kept for offline devices before purging (sync horizon)."
  type        = number
  default     = 90
}
