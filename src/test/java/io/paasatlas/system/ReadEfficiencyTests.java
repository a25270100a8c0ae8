package io.paasatlas.system;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number of SQL statements a page costs does not grow with the number of providers or regions: no N+1. The
 * page cache is off here so that every request renders.
 */
@SpringBootTest(properties = { "atlas.page-cache.enabled=false", "spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
class ReadEfficiencyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void resetStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.clear();
	}

	@ParameterizedTest
	@CsvSource({ "/, 2", "/providers, 2", "/providers?sort=price&freeTier=none, 2", "/providers?continent=asia, 2",
			"/providers/fly-io, 3", "/providers/heroku, 3" })
	void aPageCostsAFixedSmallNumberOfStatements(String path, long most) {
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		assertThat(this.statistics.getPrepareStatementCount()).as("SQL statements for " + path).isLessThanOrEqualTo(most);
	}

}
