import * as migration_20261125_171515_initial from "./20261125_171515_initial";
import * as migration_20261125_180549_campaign_content from "./20261125_180549_campaign_content";
import * as migration_20261125_183225_user_roles from "./20261125_183225_user_roles";
import * as migration_20261125_185621_review_workflow from "./20261125_185621_review_workflow";
import * as migration_20261202_002653_scheduling_site_builds from "./20261202_002653_scheduling_site_builds";
import * as migration_20261202_011741_campaign_capacity from "./20261202_011741_campaign_capacity";
import * as migration_20261202_021044_campaign_voting_rules from "./20261202_021044_campaign_voting_rules";
import * as migration_20261202_035644_campaign_voting_rounds from "./20261202_035644_campaign_voting_rounds";
import * as migration_20261202_040305_audit_participation from "./20261202_040305_audit_participation";
import * as migration_20261202_070854_likes_model_workers from "./20261202_070854_likes_model_workers";
import * as migration_20261202_075256_site_model_workers from "./20261202_075256_site_model_workers";

export const migrations = [
  {
    up: migration_20261125_171515_initial.up,
    down: migration_20261125_171515_initial.down,
    name: "20261125_171515_initial",
  },
  {
    up: migration_20261125_180549_campaign_content.up,
    down: migration_20261125_180549_campaign_content.down,
    name: "20261125_180549_campaign_content",
  },
  {
    up: migration_20261125_183225_user_roles.up,
    down: migration_20261125_183225_user_roles.down,
    name: "20261125_183225_user_roles",
  },
  {
    up: migration_20261125_185621_review_workflow.up,
    down: migration_20261125_185621_review_workflow.down,
    name: "20261125_185621_review_workflow",
  },
  {
    up: migration_20261202_002653_scheduling_site_builds.up,
    down: migration_20261202_002653_scheduling_site_builds.down,
    name: "20261202_002653_scheduling_site_builds",
  },
  {
    up: migration_20261202_011741_campaign_capacity.up,
    down: migration_20261202_011741_campaign_capacity.down,
    name: "20261202_011741_campaign_capacity",
  },
  {
    up: migration_20261202_021044_campaign_voting_rules.up,
    down: migration_20261202_021044_campaign_voting_rules.down,
    name: "20261202_021044_campaign_voting_rules",
  },
  {
    up: migration_20261202_035644_campaign_voting_rounds.up,
    down: migration_20261202_035644_campaign_voting_rounds.down,
    name: "20261202_035644_campaign_voting_rounds",
  },
  {
    up: migration_20261202_040305_audit_participation.up,
    down: migration_20261202_040305_audit_participation.down,
    name: "20261202_040305_audit_participation",
  },
  {
    up: migration_20261202_070854_likes_model_workers.up,
    down: migration_20261202_070854_likes_model_workers.down,
    name: "20261202_070854_likes_model_workers",
  },
  {
    up: migration_20261202_075256_site_model_workers.up,
    down: migration_20261202_075256_site_model_workers.down,
    name: "20261202_075256_site_model_workers",
  },
];
